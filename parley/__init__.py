"""Parley: read news of peace talks into positions, figures, deadlines and statements."""
