// SPDX-License-Identifier: GPL-3.0-or-later
// The phone remote: live state by Server-Sent Events (/api/events), commands by POST
// (/api/command, /api/jump), the token from this page's own URL (?t=…). docs/remote.md.
'use strict';
(function () {
  const token = new URLSearchParams(location.search).get('t') || '';
  const $ = (id) => document.getElementById(id);
  const body = document.body;
  const stateNames = { countdown: 'Ready', running: 'Running', paused: 'Paused', finished: 'Finished' };
  let sectionRows = [];
  let last = null;
  let source = null;
  let retryTimer = 0;
  let messageTimer = 0;
  // For tests and anyone curious: when each section index was first shown (Date.now()).
  window.podiumShown = [];

  function clock(seconds) {
    const s = Math.max(0, Math.floor(seconds + 1e-6));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = String(s % 60).padStart(2, '0');
    return h > 0 ? h + ':' + String(m).padStart(2, '0') + ':' + sec : m + ':' + sec;
  }

  function signedClock(seconds) {
    return (seconds < 0 ? '−' : '+') + clock(Math.abs(seconds));
  }

  function showMessage(text) {
    const box = $('message');
    box.textContent = text;
    box.classList.add('shown');
    clearTimeout(messageTimer);
    messageTimer = setTimeout(() => box.classList.remove('shown'), 3000);
  }

  function buildSections(sections) {
    const list = $('sections');
    list.textContent = '';
    sectionRows = sections.map((section, index) => {
      const row = document.createElement('li');
      row.dataset.index = String(index);
      row.style.paddingLeft = (8 + 14 * Math.max(0, section.level - 1)) + 'px';
      const title = document.createElement('span');
      title.className = 'title';
      title.textContent = section.title;
      const times = document.createElement('span');
      times.className = 'times';
      row.append(title, times);
      row.addEventListener('click', () => send('/api/jump', { section: index }));
      list.append(row);
      return { row, times };
    });
  }

  function render(state) {
    const sectionsChanged = !last || last.sections.length !== state.sections.length
      || last.sections.some((s, i) => s.title !== state.sections[i].title);
    if (sectionsChanged) {
      buildSections(state.sections);
    }
    body.dataset.state = state.state;
    body.dataset.section = String(state.section);
    body.dataset.sentence = String(state.sentence);
    $('state').textContent = state.state === 'countdown' && state.countdown > 0
      ? 'Ready · ' + Math.ceil(state.countdown) : (stateNames[state.state] || state.state);
    $('pace').textContent = Math.round(state.pace_factor * 100) + '% pace';
    const sectionTime = $('section-time');
    sectionTime.textContent = clock(state.section_elapsed);
    sectionTime.className = 'verdict ' + state.section_status;
    $('section-plan').textContent = clock(state.section_planned);
    $('total-time').textContent = clock(state.elapsed);
    $('total-plan').textContent = clock(state.total_planned);
    // Ahead or behind the plan: where the reading line is against where the plan says it should be.
    const behind = state.planned_now - state.position;
    $('delta').textContent = state.state === 'countdown' ? 'Sentence ' + (state.sentence + 1) + ' of ' + state.sentence_count
      : (Math.abs(behind) < 1 ? 'On plan' : (behind > 0 ? signedClock(behind) + ' behind the plan' : signedClock(-behind).replace('+', '') + ' ahead of the plan'))
        + ' · ' + clock(state.remaining) + ' left';
    const current = state.sections[state.section];
    // On a heading the sentence is the title: say where the section stands instead of repeating it.
    const title = current ? current.title : '';
    $('section-title').textContent = title && title === state.sentence_text
      ? 'Section ' + (state.section + 1) + ' of ' + state.sections.length : title;
    $('sentence').textContent = state.sentence_text;
    $('play').textContent = state.state === 'running' ? 'Pause' : 'Play';
    $('blank').classList.toggle('on', state.blank);
    $('blank').textContent = state.blank ? 'Unblank' : 'Blank';
    state.sections.forEach((section, index) => {
      const view = sectionRows[index];
      const times = section.elapsed > 0 ? clock(section.elapsed) + ' / ' + clock(section.planned) : clock(section.planned);
      if (view.times.textContent !== times) {
        view.times.textContent = times;
      }
      view.times.className = 'times ' + section.status;
      view.row.classList.toggle('current', index === state.section);
      view.row.classList.toggle('done', section.end_sentence <= state.sentence && index !== state.section);
    });
    if (!last || last.section !== state.section) {
      const row = sectionRows[state.section];
      if (row) {
        row.row.scrollIntoView({ block: 'nearest' });
      }
      if (window.podiumShown[state.section] === undefined) {
        window.podiumShown[state.section] = Date.now();
      }
    }
    last = state;
  }

  async function send(path, payload) {
    if (navigator.vibrate) {
      navigator.vibrate(8);
    }
    try {
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
      });
      if (response.status === 200) {
        render(await response.json());
      } else if (response.status !== 202) {
        const answer = await response.json().catch(() => ({}));
        showMessage(answer.error || 'The prompter refused (' + response.status + ')');
      }
    } catch (error) {
      showMessage('The prompter cannot be reached');
    }
  }

  function connect() {
    clearTimeout(retryTimer);
    if (source) {
      source.close();
    }
    source = new EventSource('api/events?t=' + encodeURIComponent(token));
    source.onopen = () => { body.dataset.connection = 'live'; };
    source.onmessage = (event) => {
      body.dataset.connection = 'live';
      render(JSON.parse(event.data));
    };
    source.onerror = () => {
      body.dataset.connection = 'lost';
      // EventSource retries by itself after a dropped stream; after a refusal (the prompter
      // was restarted, too many pages) it gives up, so start again here.
      if (source.readyState === EventSource.CLOSED) {
        retryTimer = setTimeout(connect, 2000);
      }
    };
  }

  document.querySelectorAll('button[data-command]').forEach((button) => {
    button.addEventListener('click', () => send('/api/command', { command: button.dataset.command }));
  });

  // On a desktop the prompter's own keys work here too.
  const keys = {
    ' ': 'toggle-play', 'PageDown': 'next-sentence', 'ArrowRight': 'next-sentence',
    'PageUp': 'previous-sentence', 'ArrowLeft': 'previous-sentence', 'ArrowUp': 'speed-up',
    'ArrowDown': 'speed-down', 'b': 'toggle-blank', '.': 'toggle-blank',
  };
  document.addEventListener('keydown', (event) => {
    let command = keys[event.key];
    if (event.ctrlKey && event.key === 'PageDown') command = 'next-section';
    if (event.ctrlKey && event.key === 'PageUp') command = 'previous-section';
    if (command && !event.altKey && !event.metaKey) {
      event.preventDefault();
      send('/api/command', { command });
    }
  });

  if (!token) {
    showMessage('Open the link Podium shows: it ends in ?t=…');
  }
  connect();
})();
