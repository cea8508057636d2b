import { AppError } from '../server/errors';

export const groupNotFound = () => new AppError('GROUP_NOT_FOUND');
export const invalidCursor = () => new AppError('INVALID_CURSOR');
