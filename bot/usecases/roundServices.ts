import { CompilationHistoryRepository } from '../storage/compilationHistoryRepository';
import { CompilationRepository } from '../storage/compilationRepository';
import { DeliveryRepository } from '../storage/deliveryRepository';
import { GroupRepository } from '../storage/groupRepository';
import { MembershipRepository } from '../storage/membershipRepository';
import { ReminderRepository } from '../storage/reminderRepository';
import { ResponseRepository } from '../storage/responseRepository';
import { RoundRepository } from '../storage/roundRepository';
import { StatusCardRepository } from '../storage/statusCardRepository';
import type { TableStorage } from '../storage/tableStorage';
import { TargetRepository } from '../storage/targetRepository';
import { TeamRepository } from '../storage/teamRepository';
import { ThemeRepository } from '../storage/themeRepository';
import { ThreadRepository } from '../storage/threadRepository';

/** The repositories the use cases work on, built once in the composition root. */
export type RoundStores = {
  rounds: RoundRepository;
  targets: TargetRepository;
  deliveries: DeliveryRepository;
  teams: TeamRepository;
  groups: GroupRepository;
  responses: ResponseRepository;
  reminders: ReminderRepository;
  threads: ThreadRepository;
  statusCards: StatusCardRepository;
  memberships: MembershipRepository;
  themes: ThemeRepository;
  compilations: CompilationRepository;
  compilationHistory: CompilationHistoryRepository;
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
    threads: new ThreadRepository(storage),
    statusCards: new StatusCardRepository(storage),
    memberships: new MembershipRepository(storage),
    themes: new ThemeRepository(storage),
    compilations: new CompilationRepository(storage),
    compilationHistory: new CompilationHistoryRepository(storage),
  };
}
