import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshSearchText } from '../../groups/search-text';

/**
 * Every group's search text made again with its key words marked (groups/search-text.ts): short
 * words such as "AA" now match a group's name, place and topics only, and the topics no longer
 * carry "aa" and "na" as synonyms.
 */
export class SearchKeyWords1765100000000 implements MigrationInterface {
  name = 'SearchKeyWords1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await refreshSearchText(runner.manager, {});
  }

  async down(): Promise<void> {
    // The texts made by up() are searched the old way too (short words then match nothing marked): nothing to undo.
  }
}
