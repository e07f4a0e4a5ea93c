// The list of the user's posts: local times and one-click retry buttons.
import { localiseTimes, submitOnce } from './publish-times.js';

localiseTimes();
submitOnce();
