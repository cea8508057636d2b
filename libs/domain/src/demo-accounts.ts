import type { Role } from './vocabularies';

/**
 * The accounts the demo data comes with, one per role, so that every part of the dashboard can be
 * tried. Shared because `npm start` prints them and the browser journeys sign in with them; the
 * API creates them with the demo data (apps/api/src/database/demo-accounts.ts), never otherwise.
 */
export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  /** What the role applies to, for people reading the list. */
  scope: string;
}

/** The password of every demo account: long enough, and on no list of common passwords. */
export const DEMO_PASSWORD = 'demo-password-2026';

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'platform@demo.groupfinder.localhost', name: 'Demo Platform Admin', role: 'PLATFORM_ADMIN', scope: 'everything' },
  { email: 'org-admin@demo.groupfinder.localhost', name: 'Demo Organisation Admin', role: 'ORGANISATION_ADMIN', scope: 'Selvhjælp Danmark (demo)' },
  { email: 'unit-admin@demo.groupfinder.localhost', name: 'Demo Unit Admin', role: 'UNIT_ADMIN', scope: 'Selvhjælp Lyngby, a unit of Selvhjælp Danmark (demo)' },
  { email: 'editor@demo.groupfinder.localhost', name: 'Demo Editor', role: 'EDITOR', scope: 'the group “Gåtur og snak” in Gladsaxe' },
  { email: 'municipality@demo.groupfinder.localhost', name: 'Demo Municipality Editor', role: 'MUNICIPALITY_EDITOR', scope: 'Gladsaxe Kommune' },
];
