export { EVERYTHING, LIVE_CHANNEL, liveTopicsOf, livePayloadOf, parseLivePayload } from './live-topics';
export { notifyProjected } from './notify';
