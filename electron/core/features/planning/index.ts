// What other capabilities may use of conference planning: the conference, its programme and lifecycle,
// its document settings, and the extension points for copying a conference and its dashboard.
export { getConference } from './conference-handlers';
export { recordActualTimes, setConferenceStatus, updateProgrammeItem } from './handlers';
export { assertConferenceEditable, programmeView } from './repo';
export { COPY_STEPS, DASHBOARD_COUNTS } from './extensions';
