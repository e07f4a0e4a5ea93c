/**
 * The battle module's JSON API under {@code /api/battles}: create (and start), read, end, trigger boosters, list.
 * Public in emulator mode; in real mode creating needs a signed-in user and controlling a battle needs its owner.
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.battle.web;
