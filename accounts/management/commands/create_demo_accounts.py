from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accounts.services import demo_accounts_ensure

ERROR_PRODUCTION = (
    "Demo accounts have published passwords: they are not created with production settings. "
    "Use --force only on a server nobody else can reach."
)


class Command(BaseCommand):
    help = "Create the demo student, instructor and admin accounts if they are missing (demo use only)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Create them even with production settings.")

    def handle(self, *args, force=False, **options):
        if not settings.LESSONFORGE_DEMO_ACCOUNTS and not force:
            raise CommandError(ERROR_PRODUCTION)
        for account, created in demo_accounts_ensure():
            state = "created" if created else "exists"
            self.stdout.write(f"{account.role:<10} {account.username:<12} {state}")
