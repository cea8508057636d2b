import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';

/** How many times the reader has moved to another page since the dashboard opened. */
export const NavigationContext = createContext(0);

export interface PageHeadingProps {
  readonly children: ReactNode;
  /** The browser tab's title. */
  readonly documentTitle: string;
  /** Takes the focus on the first load too: a page opened from a link in a mail, read from its top. */
  readonly focusOnLoad?: boolean | undefined;
}

/**
 * A page's one h1. After moving to another page the focus lands here, so that a screen reader
 * says where the reader is and the keyboard starts from the top of the new page.
 */
export function PageHeading({ children, documentTitle, focusOnLoad = false }: PageHeadingProps) {
  const navigations = useContext(NavigationContext);
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (navigations > 0 || focusOnLoad) ref.current?.focus();
  }, [navigations, focusOnLoad]);

  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  return (
    <h1 ref={ref} className="page__title" tabIndex={-1}>
      {children}
    </h1>
  );
}
