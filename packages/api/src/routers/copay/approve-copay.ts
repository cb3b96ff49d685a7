import { approveCopay as approve } from '../../copay/settle';
import { roleProcedure } from '../../trpc';
import { collectionInput, copayView } from './copay.schemas';

/** The patient pays a pharmacy's copay request from the patient portal (instead of reading out the code). */
export const approveCopay = roleProcedure('patient')
  .input(collectionInput)
  .output(copayView)
  .mutation(({ ctx, input }) => approve(ctx, input));
