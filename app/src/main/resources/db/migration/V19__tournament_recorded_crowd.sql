-- Tournaments in front of recorded crowds: how many of this app's recorded battles the crowds were fitted from when
-- the tournament started (null for other crowds, and until it starts).
ALTER TABLE tournament ADD COLUMN crowd_battles INTEGER;
