/*
 * WuzhenSite default theme: progressive enhancement only. Every page reads and works without it.
 *
 * - "Copy link" anchors on transcript turns (a.turn-link) copy the turn's absolute URL to the
 *   clipboard and announce it through a visually hidden live region (text from data-copied).
 *   Without clipboard access the anchor is simply followed.
 * - "Cite" buttons on transcript turns (button.turn-cite, hidden until the clipboard is usable)
 *   copy the citation line the build wrote into data-cite: speaker, role, transcript, event,
 *   date and the turn's URL.
 * - A page opened at #turn-id scrolls that turn into view and highlights it.
 * - Wide tables and code blocks that scroll sideways become keyboard-focusable.
 * - On phones, the sideways-scrolling main navigation shows the current section.
 */
(function () {
  'use strict';

  var HIGHLIGHT = 'is-highlighted';
  var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var status = null;
  var highlighted = null;

  function liveRegion() {
    if (!status) {
      status = document.createElement('p');
      status.className = 'visually-hidden';
      status.setAttribute('role', 'status');
      status.setAttribute('aria-live', 'polite');
      document.body.appendChild(status);
    }
    return status;
  }

  function announce(message) {
    var region = liveRegion();
    region.textContent = '';
    // A change after a tick is announced even when the message is the same as last time.
    window.setTimeout(function () { region.textContent = message; }, 50);
  }

  function turnFor(id) {
    if (!id) { return null; }
    var element = document.getElementById(id);
    return element && element.classList.contains('turn') ? element : null;
  }

  function highlight(turn, scroll) {
    if (highlighted && highlighted !== turn) { highlighted.classList.remove(HIGHLIGHT); }
    highlighted = turn;
    turn.classList.add(HIGHLIGHT);
    if (scroll) {
      turn.scrollIntoView({ block: 'start', behavior: reducedMotion ? 'auto' : 'smooth' });
    }
  }

  function decode(fragment) {
    try { return decodeURIComponent(fragment); } catch (e) { return fragment; }
  }

  function fragmentId() {
    return decode(window.location.hash.slice(1));
  }

  function highlightFromLocation() {
    var turn = turnFor(fragmentId());
    if (turn) { highlight(turn, true); }
  }

  function copyTurnLink(event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) { return; }
    var link = event.target.closest ? event.target.closest('a.turn-link') : null;
    if (!link || !navigator.clipboard || !window.isSecureContext) { return; } // follow the link as usual

    event.preventDefault();
    var url = new URL(link.getAttribute('href'), window.location.href).href;
    var turn = turnFor(decode(link.hash.slice(1)));
    navigator.clipboard.writeText(url).then(function () {
      if (window.history && window.history.replaceState) { window.history.replaceState(null, '', link.hash); }
      if (turn) { highlight(turn, false); }
      var message = link.getAttribute('data-copied') || '';
      if (message) { announce(message); }
      var text = link.querySelector('.turn-link__text');
      if (text && message) {
        if (!text.hasAttribute('data-label')) { text.setAttribute('data-label', text.textContent); }
        text.textContent = message;
        link.classList.add('is-copied');
        window.setTimeout(function () {
          text.textContent = text.getAttribute('data-label');
          link.classList.remove('is-copied');
        }, 2500);
      }
    }, function () {
      window.location.hash = link.hash; // no clipboard permission: behave like a plain link
    });
  }

  function canCopy() {
    return !!(navigator.clipboard && window.isSecureContext);
  }

  function copyCitation(event) {
    var button = event.target.closest ? event.target.closest('button.turn-cite') : null;
    if (!button || !canCopy()) { return; }
    var citation = button.getAttribute('data-cite') || '';
    navigator.clipboard.writeText(citation).then(function () {
      var message = button.getAttribute('data-copied') || '';
      if (message) { announce(message); }
      button.classList.add('is-copied');
      window.setTimeout(function () { button.classList.remove('is-copied'); }, 2500);
    }, function () { /* no permission: nothing copied, nothing to undo */ });
  }

  function revealCiteButtons() {
    if (!canCopy()) { return; }
    var buttons = document.querySelectorAll('button.turn-cite[hidden]');
    for (var i = 0; i < buttons.length; i++) { buttons[i].hidden = false; }
  }

  function focusableScrollers() {
    var boxes = document.querySelectorAll('.prose table, .prose pre, .prose .table-scroll');
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      if (box.scrollWidth > box.clientWidth + 1 && !box.hasAttribute('tabindex') && !box.querySelector('a, button, input, select, textarea, [tabindex]')) {
        box.setAttribute('tabindex', '0');
      }
    }
  }

  // On narrow screens the main navigation scrolls sideways: bring the current section into view.
  function revealCurrentNav() {
    var nav = document.querySelector('.site-nav');
    var current = nav && nav.querySelector('[aria-current]');
    if (!current || nav.scrollWidth <= nav.clientWidth || document.documentElement.dir === 'rtl') { return; }
    nav.scrollLeft = Math.max(0, current.offsetLeft - nav.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2);
  }

  function start() {
    document.addEventListener('click', copyTurnLink);
    document.addEventListener('click', copyCitation);
    revealCiteButtons();
    window.addEventListener('hashchange', highlightFromLocation);
    if (document.querySelector('a.turn-link')) { liveRegion(); }
    revealCurrentNav();
    highlightFromLocation();
    focusableScrollers();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
