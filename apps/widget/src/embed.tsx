/**
 * The one script a host page includes, with one element per finder:
 *
 *   <script src="https://…/widget/groupfinder-widget.js" defer></script>
 *   <groupfinder-finder key="…"></groupfinder-finder>
 *
 * `<groupfinder-finder>` is a custom element: it mounts its finder whenever it is in the page
 * (also when a single-page application adds it later) and removes it when taken out; a changed
 * `key`, `lang` or `data-*` attribute applies at once. Without a key (an embed saved in the
 * dashboard), `<div data-groupfinder data-municipality="159">` elements are mounted once the page
 * is parsed, as before. Nothing becomes global but the element's name; no cookies, no storage, no
 * requests but to the groupfinder API.
 */
import { mountWidget, type WidgetHandle } from './mount';
import { attributesOf, parseWidgetOptions } from './options';

const ELEMENT = 'groupfinder-finder';
const MOUNT_SELECTOR = '[data-groupfinder]';

class GroupfinderFinder extends HTMLElement {
  static readonly observedAttributes = ['key', 'lang', 'data-api', 'data-lang', 'data-topics', 'data-municipality', 'data-country', 'data-heading-level'];
  private handle: WidgetHandle | null = null;

  connectedCallback(): void {
    this.handle = mountWidget(this);
  }

  disconnectedCallback(): void {
    this.handle?.unmount();
    this.handle = null;
  }

  attributeChangedCallback(): void {
    // Every option again, so that a removed attribute is removed.
    this.handle?.update({ key: undefined, api: undefined, lang: undefined, topics: undefined, municipality: undefined, country: undefined, headingLevel: undefined, ...parseWidgetOptions(attributesOf(this)) });
  }
}

// A page that includes the script twice (or two versions of it) keeps the first definition.
if (!customElements.get(ELEMENT)) customElements.define(ELEMENT, GroupfinderFinder);

function mountAttributeElements(): void {
  for (const element of document.querySelectorAll<HTMLElement>(MOUNT_SELECTOR)) mountWidget(element);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', mountAttributeElements, { once: true });
} else {
  mountAttributeElements();
}
