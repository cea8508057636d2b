import type { Locator, Page } from '@playwright/test';
import { expect } from './clock';

// A keyboard user's journey: keys pressed as a person presses them, focus never moved by the test itself.

/** Whether `target` has the focus, in the document or in the widget's shadow root. */
const hasFocus = (target: Locator) => target.evaluate((element) => (element.getRootNode() as Document | ShadowRoot).activeElement === element);

/**
 * The focused element, through the shadow roots it is in, and whether its focus can be seen: on
 * screen, with an outline (or a box shadow) of its own, or an outline on the label around it (the
 * widget's checkboxes show focus on their whole label).
 */
function focusShown(page: Page): Promise<{ focused: string; shown: boolean }> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return { focused: 'nothing', shown: false };
    const outlined = (candidate: Element) => {
      const style = getComputedStyle(candidate);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
    };
    const label = element.closest('label');
    const box = element.getBoundingClientRect();
    const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    const name = (element.getAttribute('aria-label') ?? label?.textContent ?? element.textContent ?? '').trim().slice(0, 60);
    return {
      focused: `${element.tagName.toLowerCase()} "${name}"`,
      shown: onScreen && (outlined(element) || getComputedStyle(element).boxShadow !== 'none' || (label !== null && outlined(label))),
    };
  });
}

/** Checks that wherever focus is, it can be seen. */
export async function expectFocusShown(page: Page, after: string): Promise<void> {
  const { focused, shown } = await focusShown(page);
  expect(shown, `focus is seen on ${focused} after ${after}`).toBe(true);
}

/** Presses a key, then checks that wherever focus now is, it can be seen. */
export async function press(page: Page, key: 'Tab' | 'Enter' | 'Space'): Promise<void> {
  await page.keyboard.press(key);
  await expectFocusShown(page, key);
}

/** Presses Tab, as a keyboard user does, until `target` has the focus (within `most` presses), focus seen at every stop. */
export async function tabTo(page: Page, target: Locator, most = 60): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < most && !(await hasFocus(target)); presses++) await press(page, 'Tab');
  await expect(target).toBeFocused();
}
