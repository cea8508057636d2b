/** How sharing a link went. */
export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'failed';

/** The parts of `navigator` sharing uses (a stand-in in tests). */
export interface ShareNavigator {
  share?: (data: ShareData) => Promise<void>;
  clipboard?: Pick<Clipboard, 'writeText'>;
}

/**
 * Shares a link the way the device does (the Web Share API: a phone's share sheet), or, where
 * there is none or it fails, copies the link to the clipboard. `failed` when neither could be
 * done (an old browser, a frame that may do neither): the visitor is then shown the link to copy.
 * Must be called in the click's own task: both APIs need the visitor's gesture.
 */
export async function shareLink(data: { title: string; url: string }, nav: ShareNavigator = navigator): Promise<ShareOutcome> {
  if (typeof nav.share === 'function') {
    try {
      await nav.share(data);
      return 'shared';
    } catch (error) {
      // The visitor closed the share sheet: nothing to do. Anything else (not allowed here): copy instead.
      if ((error as { name?: unknown } | null)?.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    if (!nav.clipboard) return 'failed';
    await nav.clipboard.writeText(data.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
