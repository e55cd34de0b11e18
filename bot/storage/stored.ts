/** A value as read from storage, with the ETag that a later conditional write must match. */
export type Stored<T> = { value: T; etag: string };
