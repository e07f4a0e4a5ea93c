// The audience widgets shared by the viewer page, the scoreboard page and the OBS overlay: one vote bar per side,
// each side's booster goals and like goal, and a banner when viewers fire a booster. Fed with the `audience` of a
// scoreboard or score event (a score event's has no rules: the last ones seen are kept); a view older than the one
// shown is ignored. Labels are inserted with textContent.

import { formatNumber } from './scoreboard-stream.js';

const BANNER_MS = 6000;

/** The label of a side by id, from the sides of a scoreboard view. */
function labelOf(sides, sideId) {
  const side = sides.find((s) => s.id === sideId);
  return side ? side.label : sideId;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The word a chat command uses for each booster (BoosterNames.chatWord on the server). */
const CHAT_WORDS = { BOOSTING_GLOVE: 'glove', MAGIC_MIST: 'mist', STUN_HAMMER: 'hammer', TIME_MAKER: 'time' };

/** "In the LIVE chat: !vote A · !boost glove A · #A (A = Ava, B = Leo)", or that chat commands are off. */
export function chatHelp(audience, sides = []) {
  const rules = audience.rules;
  if (!rules.chatCommands) return 'Chat commands are off: viewers vote on the viewer page.';
  const commands = [`${rules.voteCommand} A`];
  const first = audience.sides.length > 0 ? audience.sides[0].boosters[0] : undefined;
  if (first && CHAT_WORDS[first.kind]) commands.push(`${rules.boostCommand} ${CHAT_WORDS[first.kind]} A`);
  if (rules.hashtags) commands.push('#A');
  const letters = sides.map((side, index) => `${String.fromCharCode(65 + index)} = ${side.label}`);
  return `In the LIVE chat: ${commands.join(' · ')} (${letters.join(', ')})`;
}

/**
 * Renders the audience into a container holding (any of) [data-audience-bars], [data-audience-goals],
 * [data-audience-fired], [data-audience-total], [data-audience-voters] and [data-audience-chat]; the container gets
 * .is-off while voting is off and nobody voted, .is-closed while voting is off. Rows and goal groups carry
 * data-side-index (0 to 3), which picks the side's colour in the pages' stylesheets.
 */
export class AudienceRenderer {
  constructor(container, { sides = [], onRender } = {}) {
    this.container = container;
    this.sides = sides;
    this.version = -1;
    this.onRender = onRender;
    this.lastFiredAt = null;
    this.bannerTimer = null;
    this.rules = null;
  }

  /** The sides' labels may change with a full scoreboard (never in practice, but the ids are what we key on). */
  setSides(sides) {
    if (Array.isArray(sides)) this.sides = sides;
  }

  /**
   * Shows `audience`. With a `version` (that of its scoreboard or score event) an older one than shown is ignored;
   * without one (an API answer) it is shown and the next event's version still counts.
   */
  render(audience, version) {
    if (!this.container || !audience) return;
    if (typeof version === 'number') {
      if (version < this.version) return;
      this.version = version;
    }
    // score events carry only what moves (rules: null); the rules come with whole scoreboards and API answers
    if (audience.rules) this.rules = audience.rules;
    else if (this.rules) audience = { ...audience, rules: this.rules };
    else return;
    const off = !audience.enabled && audience.totalVotes === 0;
    this.container.classList.toggle('is-off', off);
    this.container.classList.toggle('is-closed', !audience.enabled);
    this.container.dataset.totalVotes = String(audience.totalVotes);
    this.renderBars(audience);
    this.renderGoals(audience);
    this.renderFired(audience);
    this.renderChat(audience);
    const total = this.container.querySelector('[data-audience-total]');
    if (total) total.textContent = formatNumber(audience.totalVotes);
    const voters = this.container.querySelector('[data-audience-voters]');
    if (voters) voters.textContent = formatNumber(audience.voters);
    if (this.onRender) this.onRender(audience);
  }

  renderBars(audience) {
    const bars = this.container.querySelector('[data-audience-bars]');
    if (!bars) return;
    bars.replaceChildren(
      ...audience.sides.map((side, index) => {
        const row = element('div', `vote-row side-${index}`);
        row.dataset.voteSide = side.sideId;
        row.dataset.sideIndex = String(index);
        const label = element('span', 'vote-label', labelOf(this.sides, side.sideId));
        const track = element('span', 'vote-track');
        const fill = element('span', 'vote-fill');
        fill.style.width = `${side.percent}%`;
        fill.dataset.votePercent = String(side.percent);
        track.append(fill);
        const count = element('span', 'vote-count', `${formatNumber(side.votes)} · ${side.percent}%`);
        count.dataset.voteCount = String(side.votes);
        row.append(label, track, count);
        return row;
      }),
    );
  }

  renderGoals(audience) {
    const goals = this.container.querySelector('[data-audience-goals]');
    if (!goals) return;
    const likeGoal = audience.rules.likeGoal;
    goals.replaceChildren(
      ...audience.sides.map((side, index) => {
        const group = element('div', `goal-group side-${index}`);
        group.dataset.goalSide = side.sideId;
        group.dataset.sideIndex = String(index);
        group.append(element('span', 'goal-side', labelOf(this.sides, side.sideId)));
        for (const meter of side.boosters) {
          group.append(this.meter(meter.name, meter.votes, meter.threshold, meter.coolingUntil, meter.kind));
        }
        if (likeGoal) {
          group.append(this.meter(`Likes → ${audience.rules.likeGoalBooster}`, side.likes, likeGoal, null, 'LIKES'));
        }
        return group;
      }),
    );
  }

  meter(name, value, goal, coolingUntil, kind) {
    const meter = element('div', 'goal');
    meter.dataset.goal = kind;
    const cooling = coolingUntil !== null && coolingUntil !== undefined;
    meter.classList.toggle('is-cooling', cooling);
    const head = element('span', 'goal-name', name);
    const track = element('span', 'goal-track');
    const fill = element('span', 'goal-fill');
    fill.style.width = `${Math.min(100, Math.round((100 * value) / Math.max(1, goal)))}%`;
    track.append(fill);
    const count = element('span', 'goal-count', cooling ? 'cooling down' : `${formatNumber(value)}/${formatNumber(goal)}`);
    meter.append(head, track, count);
    return meter;
  }

  /** The chat commands in words into [data-audience-chat], as the server writes them (AudiencePanel.chatHelp). */
  renderChat(audience) {
    const help = this.container.querySelector('[data-audience-chat]');
    if (help) help.textContent = chatHelp(audience, this.sides);
  }

  renderFired(audience) {
    const banner = this.container.querySelector('[data-audience-fired]');
    const fired = audience.lastFired;
    if (!banner || !fired || fired.at === this.lastFiredAt) return;
    const first = this.lastFiredAt === null;
    this.lastFiredAt = fired.at;
    // an old firing seen on the first load is not news
    if (first && Date.now() - fired.at > BANNER_MS) return;
    const by = fired.cause === 'LIKES' ? 'the like goal' : "viewers' votes";
    banner.textContent = `${fired.name} for ${labelOf(this.sides, fired.sideId)}, fired by ${by}!`;
    banner.hidden = false;
    banner.classList.remove('is-shown');
    void banner.offsetWidth;
    banner.classList.add('is-shown');
    clearTimeout(this.bannerTimer);
    this.bannerTimer = setTimeout(() => {
      banner.classList.remove('is-shown');
      banner.hidden = true;
    }, BANNER_MS);
  }
}
