"""All models, re-exported so that `from forum.models import User` works everywhere."""

from forum.models.base import utcnow
from forum.models.discussions import (
    ANONYMOUS_NAME,
    MAX_TREE_DEPTH,
    STATUSES,
    THREAD_KINDS,
    Category,
    Post,
    PostRevision,
    Thread,
    ThreadView,
    path_segment,
    poster_name,
)
from forum.models.drafts import Draft
from forum.models.moderation import REPORT_REASONS, URGENT_REASONS, WATCH_ACTIONS, ModAction, Report, WatchedWord
from forum.models.notifications import BATCHED_KINDS, NOTIFICATION_KINDS, Notification, TagPreference, Watch
from forum.models.reactions import REACTION_KINDS, Reaction
from forum.models.resources import Resource, ResourceRevision, resource_tags
from forum.models.search import SearchDocument
from forum.models.stories import StoryDetails, StoryMisdiagnosis, StoryPosture, StoryTreatment
from forum.models.tags import Tag, thread_tags
from forum.models.users import ROLES, HeldUsername, User, new_session_token

__all__ = [
    "ANONYMOUS_NAME",
    "MAX_TREE_DEPTH",
    "ROLES",
    "STATUSES",
    "THREAD_KINDS",
    "Category",
    "Draft",
    "HeldUsername",
    "BATCHED_KINDS",
    "NOTIFICATION_KINDS",
    "Notification",
    "TagPreference",
    "Watch",
    "ModAction",
    "REPORT_REASONS",
    "Report",
    "URGENT_REASONS",
    "WATCH_ACTIONS",
    "WatchedWord",
    "REACTION_KINDS",
    "Reaction",
    "Resource",
    "ResourceRevision",
    "SearchDocument",
    "StoryDetails",
    "StoryMisdiagnosis",
    "StoryPosture",
    "StoryTreatment",
    "Post",
    "PostRevision",
    "Tag",
    "Thread",
    "ThreadView",
    "User",
    "new_session_token",
    "path_segment",
    "poster_name",
    "resource_tags",
    "thread_tags",
    "utcnow",
]
