"""Drafts: a member's unsent words, kept on the server until the post is accepted."""
