from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import ngettext

from accounts.services import roles_ensure
from courses.models import Course


class Command(BaseCommand):
    help = "Make a user an instructor of some courses (adds them to the Instructors group too)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("courses", nargs="*", help="Course slugs; none means every course.")

    def handle(self, *args, username, courses, **options):
        try:
            user = get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user named '{username}'.") from None
        selected = Course.objects.filter(slug__in=courses) if courses else Course.objects.all()
        missing = sorted(set(courses) - set(selected.values_list("slug", flat=True)))
        if missing:
            raise CommandError(f"No course with slug {', '.join(repr(m) for m in missing)}.")
        user.groups.add(roles_ensure())
        for course in selected:
            course.instructors.add(user)
        self.stdout.write(ngettext("%(user)s teaches %(n)d course.", "%(user)s teaches %(n)d courses.", n := selected.count()) % {"user": username, "n": n})
