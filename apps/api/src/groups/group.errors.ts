import { AppError } from '../kernel/errors';

export const groupNotFound = () => new AppError('GROUP_NOT_FOUND');
export const invalidCursor = () => new AppError('INVALID_CURSOR');
