/** Someone in the tenant. `id` is the Entra object id when known, else the channel account id. */
export type Person = {
  id: string;
  name: string;
};
