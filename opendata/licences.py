"""The licence the process leader chose for the open data (SiteSettings.open_data_licence):
its name in the site's language, the page that states it, and the URI data portals know it
by (the EU's licence vocabulary, which DCAT-AP and data.norge.no expect)."""

from dataclasses import dataclass

from projects.models import SiteSettings

EU_LICENCES = "http://publications.europa.eu/resource/authority/licence/"


@dataclass(frozen=True)
class Licence:
    code: str  # its SPDX identifier, e.g. "CC-BY-4.0"
    name: str
    url: str  # the licence's own text, for people
    uri: str  # the licence in the EU vocabulary, for data portals

    def as_json(self):
        return {"id": self.code, "name": self.name, "url": self.url, "uri": self.uri}

    def link_header(self):
        """For the HTTP Link header of every file and API response (RFC 8288)."""
        return f'<{self.url}>; rel="license"'


LICENCE_ADDRESSES = {
    SiteSettings.DataLicence.CC_BY_4: (
        "https://creativecommons.org/licenses/by/4.0/",
        f"{EU_LICENCES}CC_BY_4_0",
    ),
    SiteSettings.DataLicence.CC0: (
        "https://creativecommons.org/publicdomain/zero/1.0/",
        f"{EU_LICENCES}CC0",
    ),
    SiteSettings.DataLicence.NLOD_2: (
        "https://data.norge.no/nlod/en/2.0",
        f"{EU_LICENCES}NLOD_2_0",
    ),
}


def licence_of(site_settings):
    """The chosen licence; the default one should the stored choice no longer exist."""
    code = site_settings.open_data_licence
    if code not in LICENCE_ADDRESSES:
        code = SiteSettings.DataLicence.CC_BY_4
    url, uri = LICENCE_ADDRESSES[code]
    return Licence(code=str(code), name=str(SiteSettings.DataLicence(code).label), url=url, uri=uri)
