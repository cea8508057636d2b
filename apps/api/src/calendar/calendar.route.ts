import { isLocale, type Locale } from '@groupfinder/translations';
import type { Request, RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { type RequestTimeouts } from '../database/unavailable';
import { groupBySlug } from '../groups/group.service';
import { Group } from '../groups/group.type';
import { AppError } from '../kernel/errors';
import { sendError } from '../server/refusal';
import { inUnitOfWork } from '../server/unit-of-work';
import { groupCalendar, type GroupRevision } from './group-calendar';

/** `<slug>.ics`: the slugs groups have (lower-case letters, digits, hyphens). */
const CALENDAR_FILE = /^([a-z0-9][a-z0-9-]{0,99})\.ics$/;

export interface CalendarRouteOptions {
  dataSource: DataSource;
  timeouts: RequestTimeouts;
  now(): Date;
  /** The reader's language from Accept-Language, when the address names none (`?lang=`). */
  localeOf(request: Request): Locale;
  /** How long caches may keep a calendar (PUBLIC_MAX_AGE_SECONDS), as public GET searches. */
  publicMaxAgeSeconds: number;
}

/**
 * `GET /calendar/groups/<slug>.ics?lang=da`: a public group's meetings as an iCalendar file (see
 * groupCalendar), to download once or to subscribe to (the same address): it is made anew on each
 * request, so it follows the organisation's edits. Read as nobody in particular, so row-level
 * security shows what the public search shows. Problems answer in the API's error shape.
 */
export function calendarRoute(options: CalendarRouteOptions): RequestHandler {
  return async (request, response, next) => {
    const lang = request.query['lang'];
    const locale = isLocale(lang) ? lang : options.localeOf(request);
    const refuse = (error: AppError, status: number) => sendError(response, locale, error, status);
    const file = CALENDAR_FILE.exec(String(request.params['file'] ?? ''));
    if (!file?.[1]) return refuse(new AppError('GROUP_NOT_FOUND'), 404);
    const slug = file[1];
    try {
      const now = options.now();
      const { entity, revision } = await inUnitOfWork(options.dataSource, options.timeouts, async (db) => {
        const entity = await groupBySlug(db, slug);
        const [revision] = (await db.query(`SELECT version, updated_at AS "updatedAt" FROM groups WHERE id = $1`, [entity.id])) as GroupRevision[];
        return { entity, revision: revision as GroupRevision };
      });
      const group = Group.from(entity, locale, now);
      const calendar = groupCalendar(group, { locale, now, revision });
      response
        .status(200)
        .type('text/calendar; charset=utf-8')
        .set('Content-Disposition', `attachment; filename="${slug}.ics"`)
        .set('Cache-Control', options.publicMaxAgeSeconds > 0 ? `public, max-age=0, s-maxage=${options.publicMaxAgeSeconds}` : 'no-cache')
        .set('Vary', 'Accept-Language')
        .send(calendar.toString());
    } catch (error) {
      if (!(error instanceof AppError)) return next(error);
      refuse(error, error.extensions['code'] === 'GROUP_NOT_FOUND' ? 404 : 400);
    }
  };
}
