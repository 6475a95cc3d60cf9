"""The main window's pages besides the Inbox.

- :mod:`.episode_model` and :mod:`.search_bar` the episode list and its search.
- :mod:`.overview_page` with :mod:`.charts` the pattern; :mod:`.guide_page` the guide.
"""
