// Unit tests of the widget's helpers and of the markup its components write (react-dom/server; no DOM here);
// JoinForm.axe.spec.tsx runs axe in Debian's Chromium (CHROMIUM_PATH). The browser journeys live in e2e/widget.
module.exports = { ...require('../../jest.preset.js'), displayName: 'widget' };
