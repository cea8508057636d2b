import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';

/** How many times the reader has moved to another page since the dashboard opened. */
export const NavigationContext = createContext(0);

export interface PageHeadingProps {
  readonly children: ReactNode;
  /** The browser tab's title. */
  readonly documentTitle: string;
}

/**
 * A page's one h1. After moving to another page the focus lands here, so that a screen reader
 * says where the reader is and the keyboard starts from the top of the new page.
 */
export function PageHeading({ children, documentTitle }: PageHeadingProps) {
  const navigations = useContext(NavigationContext);
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (navigations > 0) ref.current?.focus();
  }, [navigations]);

  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  return (
    <h1 ref={ref} className="page__title" tabIndex={-1}>
      {children}
    </h1>
  );
}
