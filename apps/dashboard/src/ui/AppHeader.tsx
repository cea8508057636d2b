import type { ReactNode } from 'react';

export interface AppHeaderProps {
  /** The product's name, a link to the start page. */
  readonly title: string;
  readonly homeHref: string;
  /** On the other side: the language, who is signed in. */
  readonly children?: ReactNode;
}

/** The banner at the top of every page. Each page has its own h1 (see PageHeading). */
export function AppHeader({ title, homeHref, children }: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <a className="app-header__home" href={homeHref}>
          <span className="app-header__mark" aria-hidden="true" />
          <span className="app-header__title">{title}</span>
        </a>
        <div className="app-header__tools">{children}</div>
      </div>
    </header>
  );
}
