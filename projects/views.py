from django.http import HttpResponse


def overview(request):
    return HttpResponse("")


def project_detail(request, slug):
    return HttpResponse("")
