// Unit tests of the widget's pure helpers (formatting, option parsing); the browser journeys live in e2e/widget.
module.exports = { ...require('../../jest.preset.js'), displayName: 'widget' };
