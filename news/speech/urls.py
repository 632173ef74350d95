from django.urls import path

from news.speech import views

urlpatterns = [
    path("nghe/<int:page_id>/<str:text_hash>.mp3", views.audio, name="speech-audio"),
]
