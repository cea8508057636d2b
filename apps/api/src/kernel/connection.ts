import { Field } from 'type-graphql';
import { OutputType } from './output-type';

@OutputType('Where a page of a connection ends.')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor: string | null;
}

/** Opaque cursors: base64url of the sort key of the last row seen. */
export function encodeCursor(key: string): string {
  return Buffer.from(JSON.stringify({ k: key }), 'utf8').toString('base64url');
}

/** The sort key in a cursor, or null when the cursor was not made by encodeCursor. */
export function decodeCursor(cursor: string): string | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'k' in parsed && typeof parsed.k === 'string') return parsed.k;
  } catch {
    // not JSON: fall through
  }
  return null;
}
