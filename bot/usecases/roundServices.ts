import { DeliveryRepository } from '../storage/deliveryRepository';
import { GroupRepository } from '../storage/groupRepository';
import { ReminderRepository } from '../storage/reminderRepository';
import { ResponseRepository } from '../storage/responseRepository';
import { RoundRepository } from '../storage/roundRepository';
import type { TableStorage } from '../storage/tableStorage';
import { TargetRepository } from '../storage/targetRepository';
import { TeamRepository } from '../storage/teamRepository';

/** The repositories the round use cases work on, built once in the composition root. */
export type RoundStores = {
  rounds: RoundRepository;
  targets: TargetRepository;
  deliveries: DeliveryRepository;
  teams: TeamRepository;
  groups: GroupRepository;
  responses: ResponseRepository;
  reminders: ReminderRepository;
};

export function createRoundStores(storage: TableStorage): RoundStores {
  return {
    rounds: new RoundRepository(storage),
    targets: new TargetRepository(storage),
    deliveries: new DeliveryRepository(storage),
    teams: new TeamRepository(storage),
    groups: new GroupRepository(storage),
    responses: new ResponseRepository(storage),
    reminders: new ReminderRepository(storage),
  };
}
