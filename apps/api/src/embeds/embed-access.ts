import { EMBED_KEY, topicWithSubtopics, type Country, type Language, type TopicCode, type TranslatedText } from '@groupfinder/domain';
import type { Locale } from '@groupfinder/translations';
import type { Request, RequestHandler } from 'express';
import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import type { RequestTimeouts } from '../database/unavailable';
import { AppError } from '../kernel/errors';
import { sendError } from '../server/refusal';
import { sameHost } from '../server/security';
import { beginUnitOfWork } from '../server/unit-of-work';

/** Which groups an embed shows, whatever a request through it asks: every public read of groups applies it. */
export interface EmbedScope {
  key: string;
  /** Its municipality's: where a postcode is looked up first. */
  country: Country;
  /** Its municipality and the neighbours it chose. */
  municipalityIds: string[];
  /** Online groups in these languages; null: no online groups. */
  onlineLanguages: Language[] | null;
  /** With their sub-topics; null: every topic. */
  topics: TopicCode[] | null;
  /** Null: every organisation's groups. */
  organisationIds: string[] | null;
}

/** An embed as the public endpoint knows it: its scope, where it may be shown, and how it looks. */
export interface PublicEmbed {
  scope: EmbedScope;
  allowedOrigins: string[];
  defaultLanguage: Language;
  accentColour: string;
  font: string;
  contactText: TranslatedText;
  crisisText: TranslatedText;
  municipalityName: string;
  municipalityCode: string;
}

interface EmbedRow {
  key: string;
  country: Country;
  municipality_name: string;
  municipality_code: string;
  municipality_ids: string[];
  include_online: boolean;
  online_languages: Language[];
  topics: TopicCode[];
  organisation_ids: string[];
  allowed_origins: string[];
  default_language: Language;
  accent_colour: string;
  font: string;
  contact_text: TranslatedText;
  crisis_text: TranslatedText;
}

function publicEmbed(row: EmbedRow): PublicEmbed {
  return {
    scope: {
      key: row.key,
      country: row.country,
      municipalityIds: row.municipality_ids,
      onlineLanguages: row.include_online ? row.online_languages : null,
      topics: row.topics.length > 0 ? [...new Set(row.topics.flatMap(topicWithSubtopics))] : null,
      organisationIds: row.organisation_ids.length > 0 ? row.organisation_ids : null,
    },
    allowedOrigins: row.allowed_origins,
    defaultLanguage: row.default_language,
    accentColour: row.accent_colour,
    font: row.font,
    contactText: row.contact_text,
    crisisText: row.crisis_text,
    municipalityName: row.municipality_name,
    municipalityCode: row.municipality_code,
  };
}

/**
 * The embeds by key, read before anyone is known (as the database owner: embeds are the
 * municipality editors' rows) and kept a short while per process, unknown keys too, so that a page
 * view costs no lookup and a made-up key no query each time. An edit reaches every process within
 * `cacheSeconds` (EMBED_CACHE_SECONDS).
 */
export class EmbedDirectory {
  private readonly cache: LRUCache<string, { embed: PublicEmbed | null }>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly timeouts: RequestTimeouts,
    cacheSeconds: number,
  ) {
    this.cache = new LRUCache({ max: 10_000, ttl: Math.max(cacheSeconds, 0) * 1000 || 1 });
  }

  async byKey(key: string): Promise<PublicEmbed | null> {
    const kept = this.cache.get(key);
    if (kept) return kept.embed;
    const unit = await beginUnitOfWork(this.dataSource, this.timeouts);
    let rows: EmbedRow[];
    try {
      rows = await unit.asSystem((db) =>
        db.query(
          `SELECT e.key, m.country, m.name AS municipality_name, m.code AS municipality_code, e.include_online, e.online_languages, e.topics, e.organisation_ids,
                  e.allowed_origins, e.default_language, e.accent_colour, e.font, e.contact_text, e.crisis_text,
                  ARRAY(SELECT n.id FROM municipalities n WHERE n.country = m.country AND (n.id = m.id OR n.code = ANY (e.neighbour_codes))) AS municipality_ids
             FROM embeds e JOIN municipalities m ON m.id = e.municipality_id
            WHERE e.key = $1`,
          [key],
        ),
      );
    } finally {
      await unit.finish('commit');
    }
    const embed = rows[0] ? publicEmbed(rows[0]) : null;
    this.cache.set(key, { embed });
    return embed;
  }

  /** Forgets a key at once in this process (after an edit made here). */
  forget(key: string): void {
    this.cache.delete(key);
  }
}

/** The embed a request is made through, once embedGate let it pass. */
export function embedOf(request: Request): PublicEmbed | null {
  return (request.res?.locals['embed'] as PublicEmbed | undefined) ?? null;
}

/**
 * `?embed=<key>` on a public request: the key must be an embed's (404 EMBED_NOT_FOUND) and the page
 * asking must be on one of its sites (403 EMBED_ORIGIN_REFUSED; the API's own pages, such as the
 * embed's frame page, are its own site). A request without Origin (a server, curl) is not a page
 * and passes; the scope applies to it all the same. Answers vary by Origin, so a cache never serves
 * one site what was answered to another. Without `embed`, nothing changes: `data-*` embeds stay open.
 */
export function embedGate(directory: EmbedDirectory, localeOf: (request: Request) => Locale): RequestHandler {
  return async (request, response, next) => {
    const key = request.query['embed'];
    if (key === undefined) return next();
    response.vary('Origin');
    const locale = localeOf(request);
    try {
      const embed = typeof key === 'string' && EMBED_KEY.test(key) ? await directory.byKey(key) : null;
      if (!embed) return sendError(response, locale, new AppError('EMBED_NOT_FOUND'), 404);
      const { origin } = request.headers;
      if (origin !== undefined && !embed.allowedOrigins.includes(origin) && !sameHost(origin, request.headers.host)) {
        return sendError(response, locale, new AppError('EMBED_ORIGIN_REFUSED'), 403);
      }
      response.locals['embed'] = embed;
      next();
    } catch (error) {
      if (error instanceof AppError) return sendError(response, locale, error, 503);
      next(error);
    }
  };
}
