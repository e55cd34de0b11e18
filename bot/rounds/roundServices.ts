import type { DeliveryRepository } from '../storage/deliveryRepository';
import type { GroupRepository } from '../storage/groupRepository';
import type { ResponseRepository } from '../storage/responseRepository';
import type { RoundRepository } from '../storage/roundRepository';
import type { TargetRepository } from '../storage/targetRepository';
import type { TeamRepository } from '../storage/teamRepository';

/** The repositories the round use cases work on, built once in the composition root. */
export type RoundStores = {
  rounds: RoundRepository;
  targets: TargetRepository;
  deliveries: DeliveryRepository;
  teams: TeamRepository;
  groups: GroupRepository;
  responses: ResponseRepository;
};
