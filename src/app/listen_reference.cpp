#include "app/listen_reference.hpp"

#include "app/voice_setup.hpp"
#include "core/error.hpp"
#include "core/i18n/translate.hpp"
#include "core/io/xdg_paths.hpp"
#include "speech/script_reference_render.hpp"

#include <ostream>

namespace podium {

ReferenceMaker listen_reference_maker(const Script& script, std::ostream& err)
{
    try {
        const VoiceCatalog catalog = load_presets(err);
        SpeechVoices voices = choose_voices(script, catalog, {});
        std::filesystem::path cache = reference_cache_directory(process_environment());
        return ReferenceMaker{[&script, voices = std::move(voices), cache = std::move(cache)](const ReferenceSink& ready) {
                                  make_script_references(script, voices, cache, ready);
                              },
            kReferenceRegisters};
    } catch (const Error& error) {
        err << "podium: " << fill_in(_("following by pauses and syllables only: {}"), error.what()) << '\n';
        return {};
    }
}

} // namespace podium
