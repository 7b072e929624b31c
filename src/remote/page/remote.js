// SPDX-License-Identifier: GPL-3.0-or-later
// The phone remote: live state by Server-Sent Events (/api/events), commands by POST
// (/api/command, /api/jump), polling /api/state when the stream cannot connect; the token from
// this page's own URL (?t=…), sent in the Authorization header. docs/remote.md.
'use strict';
(function () {
  const token = new URLSearchParams(location.search).get('t') || '';
  const $ = (id) => document.getElementById(id);
  const body = document.body;
  const stateNames = { countdown: 'Ready', running: 'Running', paused: 'Paused', finished: 'Finished' };
  // The page's words in the phone's language: GET api/strings answers {English: translation}
  // from Podium's own catalogue, for the phone's Accept-Language (else the prompter's language).
  let strings = {};
  // t('Sentence {0} of {1}', 3, 10): the translation, its {0} {1} filled in.
  function t(english, ...values) {
    return (strings[english] || english).replace(/\{(\d+)\}/g, (whole, index) => String(values[Number(index)]));
  }
  let sectionRows = [];
  let last = null;
  let source = null;
  let retryTimer = 0;
  let pollTimer = 0;
  let messageTimer = 0;
  let stopped = false;
  // How long a command or a new stream may go unanswered before the page says "not connected":
  // 2.5 s, so that the words are on the screen within 3 s of the tap even on a slow phone.
  const ackTimeout = 2500;
  // For tests and anyone curious: when each section index was first shown (Date.now()), and each
  // change of the connection ({state, at}).
  window.podiumShown = [];
  window.podiumConnection = [];

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

  function showMessage(text, duration = 3000) {
    const box = $('message');
    box.textContent = text;
    box.classList.add('shown');
    clearTimeout(messageTimer);
    if (duration > 0) {
      messageTimer = setTimeout(() => box.classList.remove('shown'), duration);
    }
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
    $('state').textContent = body.dataset.connection === 'lost' ? t('Not connected') : state.state === 'countdown' && state.countdown > 0
      ? t('Ready · {0}', Math.ceil(state.countdown)) : (stateNames[state.state] ? t(stateNames[state.state]) : state.state);
    $('pace').textContent = t('{0}% pace', Math.round(state.pace_factor * 100));
    const sectionTime = $('section-time');
    sectionTime.textContent = clock(state.section_elapsed);
    sectionTime.className = 'verdict ' + state.section_status;
    $('section-plan').textContent = clock(state.section_planned);
    $('total-time').textContent = clock(state.elapsed);
    $('total-plan').textContent = clock(state.total_planned);
    // Ahead or behind the plan: where the reading line is against where the plan says it should be.
    const behind = state.planned_now - state.position;
    $('delta').textContent = state.state === 'countdown' ? t('Sentence {0} of {1}', state.sentence + 1, state.sentence_count)
      : (Math.abs(behind) < 1 ? t('On plan') : (behind > 0 ? t('{0} behind the plan', signedClock(behind)) : t('{0} ahead of the plan', signedClock(-behind).replace('+', ''))))
        + ' · ' + t('{0} left', clock(state.remaining));
    const current = state.sections[state.section];
    // On a heading the sentence is the title: say where the section stands instead of repeating it.
    const title = current ? current.title : '';
    $('section-title').textContent = title && title === state.sentence_text
      ? t('Section {0} of {1}', state.section + 1, state.sections.length) : title;
    $('sentence').textContent = state.sentence_text;
    // The live coach's cue, as the prompter shows it (in the prompter's language).
    $('cue').hidden = !state.cue;
    $('cue').textContent = state.cue ? state.cue.text : '';
    $('play').textContent = state.state === 'running' ? t('Pause') : t('Play');
    $('blank').classList.toggle('on', state.blank);
    $('blank').textContent = state.blank ? t('Unblank') : t('Blank');
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

  // Whether the prompter is with us: a live stream, a poll or a command answered lately. A tap
  // that gets no answer within 3 s says so at once, instead of staying green while taps go nowhere.
  function setConnection(state) {
    if (body.dataset.connection !== state) {
      window.podiumConnection.push({ state, at: Date.now() });
    }
    body.dataset.connection = state;
    if (state === 'lost') {
      $('state').textContent = t('Not connected');
      // Ask once a second whether the prompter is back: the stream alone may stay silent.
      startPolling();
    } else if (last) {
      render(last);
    }
  }

  // An answer came (a poll, a command, an event): the prompter is with us again.
  function answered() {
    const live = source && source.readyState === EventSource.OPEN;
    if (live) {
      stopPolling();
    }
    if (body.dataset.connection !== (live ? 'live' : 'polling')) {
      setConnection(live ? 'live' : 'polling');
    }
  }

  function revoked() {
    // The operator revoked the phones (or restarted Podium): this link will not work again.
    stopped = true;
    if (source) {
      source.close();
    }
    stopPolling();
    setConnection('lost');
    showMessage(t('This link is no longer valid: scan the QR code Podium shows now'), 0);
  }

  async function request(path, options) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ackTimeout);
    try {
      return await fetch(path, Object.assign({ signal: controller.signal }, options));
    } finally {
      clearTimeout(timer);
    }
  }

  async function send(path, payload) {
    window.podiumLastSend = Date.now();
    if (navigator.vibrate) {
      navigator.vibrate(8);
    }
    try {
      const response = await request(path, {
        method: 'POST',
        headers: { 'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
      });
      if (response.status === 401) {
        revoked();
        return;
      }
      if (response.status === 200) {
        answered();
        render(await response.json());
      } else if (response.status !== 202) {
        const answer = await response.json().catch(() => ({}));
        showMessage(answer.error || t('The prompter refused ({0})', response.status));
      }
    } catch (error) {
      setConnection('lost');
      showMessage(t('Not connected: the prompter did not answer'));
    }
  }

  // Polling /api/state once a second: when the live stream cannot connect (too many pages, a
  // proxy that buffers, a refusal) the page still follows the prompter.
  async function poll() {
    try {
      const response = await request('api/state', { headers: { 'Authorization': 'Bearer ' + token } });
      if (response.status === 401) {
        revoked();
      } else if (response.status === 200) {
        answered();
        render(await response.json());
      }
    } catch (error) {
      setConnection('lost');
    }
  }

  function startPolling() {
    if (!pollTimer && !stopped) {
      poll();
      pollTimer = setInterval(poll, 1000);
    }
  }

  function stopPolling() {
    clearInterval(pollTimer);
    pollTimer = 0;
  }

  function connect() {
    clearTimeout(retryTimer);
    if (stopped) {
      return;
    }
    if (source) {
      source.close();
    }
    source = new EventSource('api/events?t=' + encodeURIComponent(token));
    // A stream that has not opened within the acknowledgement time is as good as none: poll.
    const opening = setTimeout(startPolling, ackTimeout);
    source.onopen = () => {
      clearTimeout(opening);
      stopPolling();
      setConnection('live');
    };
    source.onmessage = (event) => {
      answered();
      render(JSON.parse(event.data));
    };
    source.onerror = () => {
      clearTimeout(opening);
      // EventSource retries by itself after a dropped stream; after a refusal (too many pages,
      // a new token) it gives up: poll meanwhile (a 401 there ends the page), and try the
      // stream again.
      startPolling();
      if (source.readyState === EventSource.CLOSED) {
        // Refused: the server now looks for live pages that stopped reading (docs/remote.md),
        // which frees their slots within 3 s; ask again a little after that.
        retryTimer = setTimeout(connect, 5000);
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

  // The static words of the page (marked data-i18n: the text, data-i18n-label: aria-label,
  // data-i18n-title: title), then the live state again in the same language.
  function translatePage(answer) {
    strings = answer.strings || {};
    document.documentElement.lang = answer.lang || 'en';
    document.title = t('Podium remote');
    document.querySelectorAll('[data-i18n]').forEach((element) => {
      element.dataset.i18n = element.dataset.i18n || element.textContent;
      element.textContent = t(element.dataset.i18n);
    });
    document.querySelectorAll('[data-i18n-label]').forEach((element) => {
      element.dataset.i18nLabel = element.dataset.i18nLabel || element.getAttribute('aria-label');
      element.setAttribute('aria-label', t(element.dataset.i18nLabel));
    });
    document.querySelectorAll('[data-i18n-title]').forEach((element) => {
      element.dataset.i18nTitle = element.dataset.i18nTitle || element.getAttribute('title');
      element.setAttribute('title', t(element.dataset.i18nTitle));
    });
    body.dataset.lang = document.documentElement.lang;
    if (last) {
      render(last);
    }
  }

  async function loadStrings() {
    try {
      const response = await request('api/strings', { headers: { 'Authorization': 'Bearer ' + token } });
      if (response.status === 200) {
        translatePage(await response.json());
      }
    } catch (error) {
      // The page stays in English; the state still arrives.
    }
  }

  if (!token) {
    showMessage(t('Open the link Podium shows: it ends in ?t=…'));
  }
  loadStrings();
  connect();
})();
