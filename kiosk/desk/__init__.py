"""The reception desk: codes and slips, the live station board, the people turned away."""
