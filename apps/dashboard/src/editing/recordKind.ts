/** The records the dashboard edits. What is said about an edit names a group; the others are spoken of without naming them. */
export type RecordKind = 'group' | 'venue' | 'organisation' | 'unit' | 'joinRequest' | 'embed';
