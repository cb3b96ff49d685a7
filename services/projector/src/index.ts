export { startProjector, READ_MODELS_CHECKPOINT, type RunningProjector } from './projector';
export { rebuildReadModels } from './rebuild';
