"""Refuse requests carrying a NUL character: no database stores it (PostgreSQL raises on it)."""

from http import HTTPStatus

from django.http import HttpResponse


class RejectNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any("\x00" in value for _, values in request.GET.lists() for value in values):
            return HttpResponse("Bad request: the address contains a NUL character.", status=HTTPStatus.BAD_REQUEST,
                                content_type="text/plain; charset=utf-8")
        if request.method == "POST" and request.content_type in {"application/x-www-form-urlencoded",
                                                                  "multipart/form-data"}:
            if any("\x00" in value for _, values in request.POST.lists() for value in values):
                return HttpResponse("Bad request: the form contains a NUL character.",
                                    status=HTTPStatus.BAD_REQUEST, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
