/**
 * The one script a host page includes:
 *
 *   <script src="https://…/groupfinder-widget.js" defer></script>
 *   <div data-groupfinder data-municipality="159"></div>
 *
 * Mounts a group finder in every `[data-groupfinder]` element once the page is parsed. Single-page
 * applications that add the element later call `window.groupfinder.mount(element, options?)`.
 * Nothing else becomes global; no cookies, no storage, no requests but to the groupfinder API.
 */
import { mountWidget, type WidgetHandle } from './mount';
import type { WidgetOptions } from './options';

const MOUNT_SELECTOR = '[data-groupfinder]';

export interface GroupfinderGlobal {
  readonly version: string;
  /** Mounts (or updates) one widget; options default to the element's `data-*` attributes. */
  mount(element: HTMLElement, options?: WidgetOptions): WidgetHandle;
  /** Mounts every `[data-groupfinder]` element under `root` that is not mounted yet. */
  mountAll(root?: ParentNode): WidgetHandle[];
}

declare global {
  interface Window {
    groupfinder?: GroupfinderGlobal;
  }
}

function mountAll(root: ParentNode = document): WidgetHandle[] {
  return Array.from(root.querySelectorAll<HTMLElement>(MOUNT_SELECTOR), (element) => mountWidget(element));
}

// A page that includes the script twice gets one set of widgets: the first copy does the work.
const groupfinder: GroupfinderGlobal = (window.groupfinder ??= {
  version: __GROUPFINDER_VERSION__,
  mount: mountWidget,
  mountAll,
});

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => groupfinder.mountAll(), { once: true });
} else {
  groupfinder.mountAll();
}
