import { negotiateLocale, type Locale } from '@groupfinder/translations';
import { createRoot, type Root } from 'react-dom/client';
import { EmbeddedFinder } from './EmbeddedFinder';
import { fragmentParams } from './link-state';
import { attributesOf, endpointBesideScript, parseWidgetOptions, requestedLanguages, withEmbedKey, type WidgetOptions } from './options';
import css from './styles.css?inline';

/** A mounted widget. */
export interface WidgetHandle {
  /** The element the widget lives in (its shadow host). */
  readonly element: HTMLElement;
  /** The language the widget currently speaks. */
  readonly locale: Locale;
  /** Changes some options (e.g. `{ lang: 'pl' }`) and re-renders. */
  update(options: Partial<WidgetOptions>): void;
  /** Removes the widget; the element is left empty. */
  unmount(): void;
}

const mounted = new Map<HTMLElement, Mounted>();
/** Read while the script runs (later there is no current script): the API it was loaded from, if any. */
const scriptEndpoint = endpointBesideScript((document.currentScript as HTMLScriptElement | null)?.src);
let langObserver: MutationObserver | undefined;

interface Mounted extends WidgetHandle {
  render(): void;
}

/**
 * Mounts the group finder in `element`, inside an open shadow root with its own styles, so the
 * host page's CSS neither reaches in nor is reached. `options` default to the element's `data-*`
 * attributes. Without a `lang` option the widget follows the host page's `<html lang>`, also when
 * the page changes it later. Mounting an element twice returns the first handle, updated.
 */
export function mountWidget(element: HTMLElement, options: WidgetOptions = parseWidgetOptions(attributesOf(element))): WidgetHandle {
  const existing = mounted.get(element);
  if (existing) {
    existing.update(options);
    return existing;
  }

  // Its link parameter by the order the page's finders are mounted in (document order), not by
  // which finder's first answer comes first: a link with two finders' states opens both alike.
  fragmentParams.claim(element);
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  shadow.replaceChildren();
  adoptStyles(shadow);
  const container = document.createElement('div');
  container.className = 'gf-root';
  shadow.append(container);
  const root: Root = createRoot(container);

  let current: WidgetOptions = options;
  let locale: Locale = currentLocale(current);

  const handle: Mounted = {
    element,
    get locale() {
      return locale;
    },
    render() {
      locale = currentLocale(current);
      const endpoint = withEmbedKey(current.api ?? scriptEndpoint ?? __GROUPFINDER_API_URL__, current.key);
      root.render(<EmbeddedFinder options={current} endpoint={endpoint} locale={locale} host={element} />);
    },
    update(changes) {
      current = { ...current, ...changes };
      handle.render();
    },
    unmount() {
      root.unmount();
      shadow.replaceChildren();
      mounted.delete(element);
      fragmentParams.release(element);
      if (mounted.size === 0) {
        langObserver?.disconnect();
        langObserver = undefined;
      }
    },
  };

  mounted.set(element, handle);
  followPageLanguage();
  handle.render();
  return handle;
}

function currentLocale(options: WidgetOptions): Locale {
  return negotiateLocale(requestedLanguages(options, document.documentElement.lang, navigator.languages));
}

/** One observer for all widgets: when the page's `<html lang>` changes, each re-renders in it. */
function followPageLanguage(): void {
  if (langObserver) return;
  langObserver = new MutationObserver(() => {
    for (const widget of mounted.values()) widget.render();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * Constructed style sheets where the browser has them: a host page's Content-Security-Policy
 * that forbids inline `<style>` still lets them apply. A `<style>` element otherwise.
 */
function adoptStyles(shadow: ShadowRoot): void {
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
