import { router } from '../../trpc';
import { searchPatientsProcedure } from './search-patients';

export const patientsRouter = router({ search: searchPatientsProcedure });
