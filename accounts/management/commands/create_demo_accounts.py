from django.core.management.base import BaseCommand

from accounts.services import demo_accounts_ensure


class Command(BaseCommand):
    help = "Create the demo student, instructor and admin accounts if they are missing (demo use only)."

    def handle(self, *args, **options):
        for account, created in demo_accounts_ensure():
            state = "created" if created else "exists"
            self.stdout.write(f"{account.role:<10} {account.username:<12} {state}")
