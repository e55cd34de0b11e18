/** Someone in the tenant. `id` is the Entra object id when known, else the channel account id. */
export type Person = {
  id: string;
  name: string;
};

/** A member of a group who answers individually: who they are, and the Teams user id to write to. */
export type Member = Person & { userId: string };
