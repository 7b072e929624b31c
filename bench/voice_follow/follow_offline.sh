#!/bin/sh
# Runs `podium follow … --offline`: the offline alignment's sentence in every sample instead of
# the live follower's, so ../shared/tools/human_follow_score.py can score the alignment too:
#   human_follow_score.py bench/voice_follow/follow_offline.sh …   (PODIUM=build/podium by default)
exec "${PODIUM:-build/podium}" "$@" --offline
