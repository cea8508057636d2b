export interface AppHeaderProps {
  readonly title: string;
}

/** The banner at the top of every page. */
export function AppHeader({ title }: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <span className="app-header__mark" aria-hidden="true" />
        <h1 className="app-header__title">{title}</h1>
      </div>
    </header>
  );
}
