package dev.rapport.scoring;

import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;

/**
 * Where an interaction's weight is summed: services on their own (they always count
 * fully), everything else by who initiated it, so reciprocity can be matched.
 */
enum Bucket {

	ME, THEM, MUTUAL, SERVICE;

	static Bucket of(InteractionKind kind, Direction direction) {
		if (kind.isService()) {
			return SERVICE;
		}
		return switch (direction) {
			case ME -> ME;
			case THEM -> THEM;
			case MUTUAL -> MUTUAL;
		};
	}

}
